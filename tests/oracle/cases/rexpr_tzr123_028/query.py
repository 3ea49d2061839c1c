spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, b BOOLEAN, m DECIMAL(10,2), i INT, t STRING, j INT, ts TIMESTAMP, n DECIMAL(4,1), dt DATE, s STRING, d DOUBLE").json(INPUT)
result = df.select(expr("(f <= rint(try_mod(coalesce(d, 100.0D), nvl(d, 100.0D))))").alias("c1"), F.when(F.upper(col("s")).rlike("[aeiou]{2}"), expr("element_at(array_sort(array((dt - INTERVAL 1 MONTH), dt, DATE'2024-02-29')), 1)")).when(expr("(CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING) COLLATE UTF8_BINARY = 'Hello World')"), col("dt")).otherwise(F.when(col("b"), col("dt")).when((col("m") >= lit(.001).cast("decimal(4,3)")), col("dt")).otherwise(F.to_date(lit("2000-01-01")))).alias("c2"))
OUTPUT_MODE = "append"
