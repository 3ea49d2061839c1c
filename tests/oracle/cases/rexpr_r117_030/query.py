from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, b BOOLEAN, m DECIMAL(7,0), f FLOAT, ts TIMESTAMP, k BIGINT, j INT, s STRING, dt DATE, d DOUBLE").json(INPUT)
result = df.groupBy("b").agg(F.datediff(F.max((F.date_add(col("dt"), col("i")) + expr("INTERVAL -10 DAYS"))), F.min((F.date_add(col("dt"), col("i")) + expr("INTERVAL -10 DAYS")))).alias("a1"), expr("round(covar_pop(i, i), 6) AS a2"), F.round(F.avg(F.bround(F.atanh(col("f") / lit(2000)), 1)), 2).alias("a3"), expr("round(regr_r2(i, xpath_int('<a><b>' || nvl(0, 3) || '</b></a>', 'a/b')), 6) AS a4"))
OUTPUT_MODE = "update"
