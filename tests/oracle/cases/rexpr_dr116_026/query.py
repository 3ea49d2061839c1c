from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((t IS NOT NULL) OR (d IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT j, round(regr_slope(i, shiftrightunsigned(5, 28)), 6) AS a1, percentile_disc(0.25) WITHIN GROUP (ORDER BY f) AS a2, round(vector_sum(array(CAST(weekofyear(dt) AS FLOAT), 1.0F))[0], 3) AS a3, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(zeroifnull(-1))))), 1, 24) AS a4 FROM src GROUP BY j")
OUTPUT_MODE = "update"
