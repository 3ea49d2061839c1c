from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.to_date(col("ts"))).withColumn("c2", expr("(upper(concat(CAST(dt AS STRING), s)) RLIKE 'o$')")).select("id", "c1", "c2").filter((col("s") == lit(" ")))
OUTPUT_MODE = "append"
