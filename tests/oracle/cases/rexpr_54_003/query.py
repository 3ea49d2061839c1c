from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("coalesce((NOT b), false) AS c1", "(nullif(id, 3L) + i) AS c2", "(coalesce(d, d, 100.0D) / nullif(d, 0)) AS c3", "hash(pmod(i, 7), TRY_CAST(d AS BIGINT)) AS c4").filter("(NOT coalesce((i IN (-1)), false))")
OUTPUT_MODE = "append"
