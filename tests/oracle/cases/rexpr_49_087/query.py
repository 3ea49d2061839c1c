from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), s STRING, i INT, dt DATE, t STRING, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3)").load(INPUT)
result = df.where("(d >= 100.0D)").selectExpr("id", "CAST((0 * i) AS DOUBLE) AS c1", "CASE WHEN (dt < to_date('2023-12-31')) THEN (i + i) WHEN ((t > '42') OR (dt >= DATE'2023-12-31')) THEN TRY_CAST(s AS INT) ELSE i END AS c2")
OUTPUT_MODE = "append"
