spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT json_array_length(hex(to_binary(s, 'utf-8'))) AS k1, avg(round(m, -1)) AS a1, count_if((NOT b)) AS a2, min(id) AS a3, round(regr_r2(i, size(split(CAST(try_make_timestamp_ntz(2023, 2, i, 0, 0, 0) AS STRING), '  *'))), 6) AS a4 FROM src GROUP BY json_array_length(hex(to_binary(s, 'utf-8')))")
OUTPUT_MODE = "update"
