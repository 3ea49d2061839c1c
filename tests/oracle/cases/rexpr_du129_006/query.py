from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), s STRING, ts TIMESTAMP, m DECIMAL(7,0), k BIGINT, d DOUBLE, i INT, j INT, dt DATE").load(INPUT)
result = df.filter((~F.coalesce((col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), lit(False)))).selectExpr("id", "n", "dayname(dt) AS c1", "make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 0, 59.999999) AS c2").filter(col("j").isNotNull())
OUTPUT_MODE = "append"
