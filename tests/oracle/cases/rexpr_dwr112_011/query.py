from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("dt").isNotNull()).groupBy(expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') AS k1")).agg(expr("round(regr_avgy(d, i), 6)").alias("a1"), expr("listagg('日本', ',') WITHIN GROUP (ORDER BY '日本')").alias("a2"), expr("round(skewness(regexp_instr(t, '([a-z])([a-z])', 2)), 6)").alias("a3"), expr("round(avg(nullif(i, 0)), 0) AS a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
