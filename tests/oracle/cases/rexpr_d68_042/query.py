from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(7,0), dt DATE, t STRING, ts TIMESTAMP, d DOUBLE, s STRING, b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "trunc(dt, 'WEEK') AS c1", "((ts IS NOT NULL) OR (dt > CAST(NULL AS DATE)))")
OUTPUT_MODE = "append"
