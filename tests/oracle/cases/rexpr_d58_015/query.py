from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, max(to_date(date_format(trunc(dt, 'YEAR'), 'yyyyMMdd'), 'yyyyMMdd')) AS a1, (max(try_divide((- (id / -4)), nullif((i * 10), 2))) - min(try_divide((- (id / -4)), nullif((i * 10), 2)))) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
