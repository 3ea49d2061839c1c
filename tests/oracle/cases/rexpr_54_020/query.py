from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.locate("l", lit("42"), 2) / lit(3))).withColumn("c2", expr("split(s, ' ')[2]")).withColumn("i", expr("char_length('x-y')")).select("id", "c1", "c2").filter("(f <= -1.5D)")
OUTPUT_MODE = "append"
