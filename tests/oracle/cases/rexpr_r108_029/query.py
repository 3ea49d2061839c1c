from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), b BOOLEAN, k BIGINT, dt DATE, d DOUBLE, s STRING, m DECIMAL(18,6), f FLOAT, t STRING, i INT, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("xpath_boolean('<a><b>' || positive(i) || '</b></a>', 'a/b = 7')").alias("k1")).agg(expr("round(covar_samp(f, (i % nullif(i, 0))), 4) AS a1"), expr("round(var_samp(cosh(f / 100)), 4) AS a2"))
OUTPUT_MODE = "update"
