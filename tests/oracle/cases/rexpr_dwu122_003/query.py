from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("dayofmonth(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')) AS k1"), F.size(F.map_keys(F.str_to_map(F.get_json_object(F.to_json(F.named_struct(lit("a"), col("s"), lit("n"), col("b"))), "$.a"), lit(' '), lit('l')))).alias("k2")).agg(F.count(F.is_valid_utf8(F.replace(col("t"), lit(" "), lit("")))).alias("a1"), expr("hex(count_min_sketch(format_number(CAST((-1 | '6') AS INT), 3), 0.3D, 0.7D, 7)) AS a2"), expr("vector_avg(array(CAST((-1 * i) AS FLOAT), 2.0F)) AS a3")).filter("a1 IS NOT NULL").orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
