from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((~F.regexp_extract(F.repeat(col("s"), 0), "([A-Za-z]+) ([A-Za-z]+)", 2).isin(lit("abc"), lit("é"), lit("é"))) | col("m").isNotNull())).select("id", F.coalesce(lit(3).cast("bigint"), col("id"), lit(1).cast("bigint")), expr("concat(t, CAST(i AS STRING), s)"), expr("from_unixtime(CASE WHEN b THEN 5 ELSE i END) AS c3"), expr("(d <= id)").alias("c4"), (F.month(col("dt")) + col("m")).isin(lit(12.345).cast("decimal(5,3)")).alias("c5"))
OUTPUT_MODE = "append"
