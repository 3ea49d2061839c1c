df = spark.readStream.format("json").schema("ts TIMESTAMP, d DATE, e DATE").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.date_part(F.lit("YEAR"), "ts"), F.date_part(F.lit("month"), "d"), F.extract(F.lit("DAY"), "ts"),
                   F.extract(F.lit("HOUR"), "ts"), F.date_part(F.lit("MINUTE"), "ts"), F.expr("extract(DOW FROM ts)").alias("dow"),
                   F.expr("date_part('DOY', d)").alias("doy"), F.expr("extract(QUARTER FROM d)").alias("q"),
                   F.months_between("d", "e"), F.months_between("ts", "e", False), F.expr("datepart('WEEK', d)").alias("w"))
OUTPUT_MODE = "append"
