from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, ts TIMESTAMP, s STRING, t STRING, f FLOAT, b BOOLEAN, j INT, dt DATE, m DECIMAL(12,4), n DECIMAL(20,0)").json(INPUT)
result = df.where("(dt < to_date('2023-12-31'))").selectExpr("id", "concat_ws('|', s, t)", "date_trunc('MINUTE', ts) AS c2", "(greatest(86400L, id) * 2) AS c3")
OUTPUT_MODE = "append"
