from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(n > 0.5)").selectExpr("CAST(id AS BOOLEAN)", "(id / nullif((((10 * i) - (i + i)) - (d / nullif(d, 0))), 0)) AS c2", "date_trunc('MINUTE', to_timestamp(date_format(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')) AS c3").filter(col("s").isNotNull())
OUTPUT_MODE = "append"
