from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "TRY_CAST(j AS DECIMAL(5,1)) AS c1", "(0 * i) AS c2", "(b > (k IS NOT NULL)) AS c3", "initcap(s) AS c4", "(coalesce(s, '2024-02-29') BETWEEN 'a' AND '日本')").filter("coalesce((DATE'2023-12-31' <= ts), true)")
OUTPUT_MODE = "append"
