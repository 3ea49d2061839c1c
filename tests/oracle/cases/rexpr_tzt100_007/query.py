spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, i INT, d DOUBLE, s STRING, m DECIMAL(10,2), j INT, k BIGINT, ts TIMESTAMP").load(INPUT)
result = df.select("j", expr("md5(repeat('a', 1))").alias("c1"), expr("CAST(date_part('hours', ((ts + (ts - ts)) - timestamp_seconds(5))) AS INT) AS c2"), expr("datediff(nvl(nullif(dt, to_date('2000-01-01')), DATE'2023-12-31'), next_day(dt, 'wednesday')) AS c3"), F.round(F.when(((col("j") > lit(-1)) & (col("i") == lit(-1))), col("m")).otherwise(col("m")), 1).alias("c4"))
OUTPUT_MODE = "append"
