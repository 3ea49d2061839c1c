from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(b, true)").selectExpr("id", "(n * m) AS c1", "CAST(CASE WHEN (j <> 5) THEN i WHEN (dt IS NOT NULL) THEN i ELSE 1 END AS TIMESTAMP) AS c2", "(substring(s, 2, 1) RLIKE '[0-9]+') AS c3", "CAST(j AS BOOLEAN) AS c4", "(if((m > 99.99), ts, ts) - INTERVAL '1-2' YEAR TO MONTH) AS c5")
OUTPUT_MODE = "append"
