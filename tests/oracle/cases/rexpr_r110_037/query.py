from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, f FLOAT, i INT, d DOUBLE, dt DATE, m DECIMAL(38,10), t STRING, ts TIMESTAMP, s STRING").load(INPUT)
result = df.groupBy((lit(-1) / F.nullif(lit(100), lit(0))).alias("k1")).agg(expr("sum(CASE WHEN false THEN xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)') ELSE 0 END) AS a1"), expr("percentile(width_bucket(f, -10.0D, 10.0D, 4), array(0.25, 0.75)) AS a2"), F.bool_or(F.nvl((col("m") > expr("0.5")), lit(True))).alias("a3"), expr("min(xpath_int('<a><b>' || i || '</b></a>', 'a/b')) AS a4"))
OUTPUT_MODE = "update"
