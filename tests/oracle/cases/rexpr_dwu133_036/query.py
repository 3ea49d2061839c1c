from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("datediff(max(DATE'2024-02-29'), min(DATE'2024-02-29')) AS a1"), expr("hex(count_min_sketch(regexp_instr(to_xml(named_struct('d', DATE'2023-12-31', 'x', d, 'arr', array(0, 3))), '([a-z])([a-z])', 2), 0.5D, 0.5D, 1)) AS a2"))
OUTPUT_MODE = "complete"
