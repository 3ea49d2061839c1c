from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT b)").selectExpr("(((ts + INTERVAL '90' MINUTE) > ts) OR (b OR b)) AS c1", "(nvl2(s, b, CAST(NULL AS BOOLEAN)) AND (pmod(i, nullif(i, 0)) IN (1, 2, 2))) AS c2", "(s = 'é')", "nullif(trunc(trunc(CAST(NULL AS DATE), 'Q'), 'Q'), to_date('2023-12-31')) AS c4", "TRY_CAST(get(split(sha2(s, 256), '-'), 0) AS DECIMAL(38,18)) AS c5").filter((lit(float("nan")).eqNullSafe(col("c5")) | col("c1").isNull()))
OUTPUT_MODE = "append"
