from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i", col("i").alias("k2")).agg(expr("try_avg((- 12.345)) AS a1"), expr("round(regr_syy(xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)'), length(s)), 6) AS a2"), F.max(expr("tinyint(i * 10)")).alias("a4"), expr("(max(n) - min(n)) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
