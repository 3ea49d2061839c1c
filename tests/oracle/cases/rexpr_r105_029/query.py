from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(expr("xpath_boolean('<a><b>' || length('日本') || '</b></a>', 'a/b = 7')"), lit(False)))).groupBy(expr("atanh(nanvl(0.001D, -1.0D) / 2000) AS k1")).agg(F.bool_and(F.nvl(col("b"), lit(True))).alias("a1"), expr("last_value(printf('%5.2f|%-6s|', d, s)) AS a2"), F.bit_and(F.hour(col("ts"))).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
