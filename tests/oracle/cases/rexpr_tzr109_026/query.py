spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((k <= 1L) OR (m >= -3.10))").select("id", expr("json_tuple(to_json(named_struct('a', i, 'b', sha1(CAST(timestamp_add('MONTH', i, DATE'2023-12-31') AS STRING)))), 'a', 'b', 'zz')"), expr("if(false, make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'), TIMESTAMP'2024-03-01 12:30:00.123456')"), expr("CASE WHEN ((i <> -1) >= (n <> -3.10)) THEN (dt = to_date('2000-01-01')) WHEN (k = 1000L) THEN CASE WHEN (n <= 100BD) THEN (m IS NOT NULL) WHEN (i >= -1) THEN (dt > to_date('2025-03-01')) ELSE (d < 2.0D) END ELSE (dt < DATE'2025-03-01') END AS c3"), expr("(schema_of_csv('1,abc,2.5,true') COLLATE UTF8_BINARY = 'Hello World')").alias("c4")).filter("(s >= 'abc')")
OUTPUT_MODE = "append"
