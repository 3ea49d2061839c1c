from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(18,6), d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, s STRING").load(INPUT)
result = df.filter((((col("dt") < F.to_date(lit("2000-01-01"))) & (col("b") | (col("m") < expr("0.001")))) | (col("dt") >= F.to_date(lit("2024-02-29"))))).withColumn("c1", F.get(F.split(F.regexp_extract(col("s"), "([A-Za-z]+) ([A-Za-z]+)", 2), "[aeiou]"), 1)).withColumn("c2", expr("CAST(ts AS BIGINT)")).withColumn("c3", expr("(ts > dt)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
