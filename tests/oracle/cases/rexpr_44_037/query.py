from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "make_date(2024, 2, 28) AS c1", "CASE WHEN (d IS NOT NULL) THEN (d IS NOT NULL) WHEN (s < '2024-02-29') THEN (n IS NOT NULL) ELSE (m <> id) END AS c2").where("coalesce(c2, true)")
OUTPUT_MODE = "append"
