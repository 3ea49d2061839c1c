spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, n DECIMAL(5,3), dt DATE, ts TIMESTAMP, i INT, j INT, t STRING, s STRING").load(INPUT)
result = df.select(expr("map_keys(map(rtrim('Hello'), 1, 'k', 2))"), F.date_add(F.next_day(col("dt"), "fri"), col("i")).alias("c2"), expr("CASE WHEN (t IS NOT NULL) THEN sequence(add_months(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], shiftright(i, 33)), date_add(add_months(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], shiftright(i, 33)), 3), INTERVAL 1 DAY)[1] WHEN arrays_overlap(array(size(array_remove(array(ascii(char(i)), i, 1, ascii(char(i))), ascii(char(i)))), (i - json_array_length(to_json(array(i, i))))), array(1, 2, size(array_remove(array(ascii(char(i)), i, 1, ascii(char(i))), ascii(char(i)))))) THEN dt WHEN b THEN dt END AS c3"), expr("current_path()").alias("c4"), expr("from_xml('<ROW><a>' || 10 || '</a><a>2</a></ROW>', 'a ARRAY<INT>')").alias("c5")).filter(col("i").isNotNull())
OUTPUT_MODE = "append"
