from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(i <> 5)").selectExpr("id", "timestamp_seconds(i)", "TRY_CAST(bround(m, 1) AS INT) AS c2", "least((-1 * i), (i + i)) AS c3", "log(10, CASE WHEN (2.0D > d) THEN i WHEN (m <> 100BD) THEN -1 WHEN ((j <> -1) >= b) THEN j ELSE CASE WHEN (d > 100.0D) THEN i ELSE j END END) AS c4", "(i * (n / nullif(n, 0))) AS c5")
OUTPUT_MODE = "append"
