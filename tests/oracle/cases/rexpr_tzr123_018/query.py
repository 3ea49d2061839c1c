spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), n DECIMAL(9,5), ts TIMESTAMP, k BIGINT, d DOUBLE, i INT, s STRING, dt DATE").json(INPUT)
result = df.filter("coalesce((id != d), true)").groupBy("i").agg(expr("percentile_disc(0.25) WITHIN GROUP (ORDER BY (d / nullif(100, 0))) AS a1"), expr("round(regr_sxx(2, bitmap_bit_position(i)), 6) AS a2"), expr("round(skewness(10), 6) AS a3"))
OUTPUT_MODE = "complete"
