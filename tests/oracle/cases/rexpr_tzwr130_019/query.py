spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, s STRING, d DOUBLE, j INT, i INT, m DECIMAL(38,10), t STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "coalesce(date_trunc('yyyy', (TIMESTAMP'2024-02-29 00:00:00' - INTERVAL '90' MINUTE)), TIMESTAMP'2024-03-01 12:30:00.123456') AS c1", "greatest(element_at(array_sort(array(to_date('2024-02-29'), dt, DATE'2024-02-29')), 1), sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], CASE WHEN arrays_overlap(array((5 - i)), array(CAST(NULL AS INT), 3)) THEN make_date(2023, 2, 28) WHEN (id = d) THEN dt ELSE dt END) AS c2", "to_binary(t, 'utf-8') AS c3").where("coalesce((dt <= to_date('2023-12-31')), true)")
OUTPUT_MODE = "append"
