from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "d", "(try_to_timestamp('Hello') - INTERVAL 1 MONTH) AS c1", "date_add(try_to_date(s), -1) AS c2", "(i * 3) AS c3")
OUTPUT_MODE = "append"
