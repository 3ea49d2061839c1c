from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "get(split(date_format(ts, 'yyyyMMdd'), '-'), 1) AS c1", "to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c2", "to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')")
OUTPUT_MODE = "append"
