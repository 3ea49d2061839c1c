from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, d DOUBLE, t STRING, n DECIMAL(5,3), m DECIMAL(12,4), b BOOLEAN, ts TIMESTAMP, i INT, dt DATE").load(INPUT)
result = df.withColumn("c1", F.soundex(F.elt(lit(2), F.concat(F.substring(col("t"), 0, 3), col("s")), lit("")))).withColumn("c2", expr("(id IS NOT NULL)")).withColumn("c3", expr("round((d - id), 1)")).withColumn("c4", expr("(id DIV i)")).select("id", "c1", "c2", "c3", "c4").filter("(NOT c2)")
OUTPUT_MODE = "append"
