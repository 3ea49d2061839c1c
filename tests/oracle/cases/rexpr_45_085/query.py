from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, t STRING, i INT, n DECIMAL(9,5), ts TIMESTAMP, s STRING, m DECIMAL(10,2), d DOUBLE, j INT, f FLOAT").load(INPUT)
result = df.select("id", expr("date_format(trunc(DATE'2024-02-29', 'MM'), 'a h:mm')"), expr("(TRY_CAST(s AS DECIMAL(6,3)) <= id) AS c2"), (col("i") + col("i")).alias("c3"))
OUTPUT_MODE = "append"
