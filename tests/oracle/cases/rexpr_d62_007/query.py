from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, d DOUBLE, b BOOLEAN, s STRING, j INT, m DECIMAL(10,2), i INT, dt DATE, k BIGINT, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", expr("timestamp_seconds(i)"), expr("(ln(d) * id) AS c2"))
OUTPUT_MODE = "append"
