spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("count_if((d IS NOT NULL)) AS a1"), expr("round(var_pop(i), 6) AS a2"), F.bool_or((col("s") != lit("42"))).alias("a3"), F.min(expr("CAST(to_timestamp_ltz(date_format(ts, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING)")).alias("a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
