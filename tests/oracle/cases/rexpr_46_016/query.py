from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(n * d) AS c1", "(d + CASE WHEN true THEN nullif(1000L, -2L) WHEN startswith(replace(s, 'o', '0'), 'é') THEN id WHEN CAST(CASE WHEN (i <= 5) THEN id ELSE id END AS BOOLEAN) THEN (id - id) ELSE id END) AS c2", "if((NOT (dt > to_date('2024-02-29'))), ((id IS NOT NULL) AND (s IS NOT NULL)), (id IS NOT NULL))", "((id = (2 / 3)) IS NOT NULL) AS c4")
OUTPUT_MODE = "append"
