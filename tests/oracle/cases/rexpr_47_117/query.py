from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (d IS NOT NULL) THEN s WHEN ((m <=> 3.75D) OR (NOT (dt IS NOT NULL))) THEN s ELSE regexp_replace(left(s, 1), '[aeiou]', '*') END AS c1"), col("i").try_cast("int").alias("c2"))
OUTPUT_MODE = "append"
