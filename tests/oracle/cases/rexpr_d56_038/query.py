from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "trim('2024-02-29') AS c1", "(i % nullif(i, 0))", "(b OR b) AS c3", "(dt >= CASE WHEN b THEN to_date('2000-01-01') ELSE dt END) AS c4")
OUTPUT_MODE = "append"
