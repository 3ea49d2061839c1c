from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), i INT, m DECIMAL(38,10), s STRING, b BOOLEAN, ts TIMESTAMP, d DOUBLE, f FLOAT, dt DATE").json(INPUT)
result = df.select("id", expr("trunc(date_from_unix_date(i), 'WEEK') AS c1"), F.weekofyear(col("dt")).alias("c2"), expr("unix_timestamp(s)").alias("c3"), F.months_between(F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), lit(1)), expr("make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo')")).alias("c4"))
OUTPUT_MODE = "append"
