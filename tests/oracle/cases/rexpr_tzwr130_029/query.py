spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(col("b"), lit(False)))).groupBy(expr("asin(negative(d) / 1000) AS k1")).agg(expr("(max((sec(d) / nullif((10 * i), 0))) - min((sec(d) / nullif((10 * i), 0)))) AS a1"), expr("count_if(isnan(vector_norm(array(CAST(1 AS FLOAT), 4.0F), 2.0F))) AS a2"))
OUTPUT_MODE = "update"
