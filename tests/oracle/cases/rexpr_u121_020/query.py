from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "struct(timestampdiff(HOUR, date_trunc('WEEK', ts), least(ts, TIMESTAMP'2024-03-01 12:30:00.123456')), translate(CAST(from_utc_timestamp(ts, 'Asia/Tokyo') AS STRING), 'lo', '01') AS name, sequence(add_months(dt, i), date_add(add_months(dt, i), 3), INTERVAL 1 DAY)[1]) AS c1", "(i % nullif(i, 0)) AS c2", "map_concat(map(1, t), map(2, current_database())) AS c3", "inline(array(named_struct('x', instr(t, ''), 'y', hex(to_binary(s, 'utf-8'))), named_struct('x', 2, 'y', 'b')))", "to_xml(s) AS c5", "try_validate_utf8(unhex('61FF62'))")
OUTPUT_MODE = "append"
