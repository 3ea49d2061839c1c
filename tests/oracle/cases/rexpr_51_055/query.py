from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, i INT, ts TIMESTAMP, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, dt DATE, n DECIMAL(9,5), s STRING").load(INPUT)
result = df.selectExpr("id", "nvl(d, 2.0D) AS c1", "CASE WHEN b THEN date_trunc('SECOND', ts) ELSE CASE WHEN (t <= 'é') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (dt IS NOT NULL) THEN ts ELSE ts END END AS c2").where("(n IS NOT NULL)")
OUTPUT_MODE = "append"
