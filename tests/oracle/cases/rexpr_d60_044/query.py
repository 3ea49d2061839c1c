from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(id IS NOT NULL) AS c1", "CAST(ts AS BIGINT) AS c2", "(i - i) AS c3").filter(F.coalesce(col("c3").cast("boolean"), lit(True)))
OUTPUT_MODE = "append"
