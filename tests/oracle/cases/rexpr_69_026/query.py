from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((CASE WHEN (i IS NOT NULL) THEN ts WHEN b THEN ts ELSE ts END > dt) OR (t IS NOT NULL))").selectExpr("id", "(10 * 1) AS c1", "ceiling((nullif(n, 0.5) / 3)) AS c2").filter(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
