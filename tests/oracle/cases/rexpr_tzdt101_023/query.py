spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("crc32(get(split(reverse(s), '[aeiou]'), 2)) AS c1", "rtrim(lcase(get_json_object(to_json(named_struct('a', '', 'n', dt)), '$.n'))) AS c2", "(m * CASE WHEN (s <= '42') THEN m WHEN (dt >= to_date('2025-03-01')) THEN m ELSE m END) AS c3", "(2 * id) AS c4")
OUTPUT_MODE = "append"
