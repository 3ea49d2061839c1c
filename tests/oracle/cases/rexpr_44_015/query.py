from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, t STRING, m DECIMAL(10,2), dt DATE, s STRING, i INT, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("abs(d) AS c1"), expr("concat(date_format(add_months(date_add(dt, i), i), 'HH:mm:ss'), upper(s)) AS c2"), expr("initcap('a')"))
OUTPUT_MODE = "append"
