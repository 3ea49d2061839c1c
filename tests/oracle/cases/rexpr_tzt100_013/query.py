spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.least(F.sign(col("d")), (col("d") + col("d")), F.to_timestamp(lit("2024-02-29 00:00:00")).cast("double"))).withColumn("c2", expr("concat_ws('', translate(s, 'lo', '01'), regexp_replace(s, '[0-9]+', '#'), CAST(CAST(extract(DAY FROM (to_date('2000-01-01') - TIMESTAMP'2024-02-29 00:00:00')) AS INT) AS STRING))")).select("id", "c1", "c2").filter("(i IS NOT NULL)")
OUTPUT_MODE = "append"
