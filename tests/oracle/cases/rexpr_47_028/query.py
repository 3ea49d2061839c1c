from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(ifnull(n, -3.10) % -4.5)", "CASE WHEN b THEN m ELSE nullif(n, 1.25) END AS c2", "CAST((d IS NULL) AS DECIMAL(5,1)) AS c3")
OUTPUT_MODE = "append"
