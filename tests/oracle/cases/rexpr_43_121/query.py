from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, b BOOLEAN, t STRING, dt DATE, ts TIMESTAMP, j INT, s STRING, m DECIMAL(10,2), n DECIMAL(20,0)").json(INPUT)
result = df.selectExpr("id", "least(TIMESTAMP'2024-03-01 12:30:00.123456', ts, ts) AS c1", "(isnan(d) = b) AS c2", "(i + -1)", "(3 * id) AS c4", "CAST(b AS STRING) AS c5")
OUTPUT_MODE = "append"
