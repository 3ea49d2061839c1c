from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, m DECIMAL(38,10), ts TIMESTAMP, dt DATE, d DOUBLE, s STRING, n DECIMAL(5,3), t STRING").json(INPUT)
result = df.selectExpr("(if((j <= 0), -2L, 1000L) * 2) AS c1", "(initcap(t) ILIKE 'H%') AS c2").filter("(TRY_CAST(repeat(t, 2) AS BOOLEAN) OR (i IS NULL))")
OUTPUT_MODE = "append"
